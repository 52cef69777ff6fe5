import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Opens one of the job coach's closed sections by its summary. */
export async function openSection(panel: Page, id: string) {
  await panel.locator(`[data-section="${id}"] > summary`).click();
  await expect(panel.locator(`[data-section="${id}"]`)).toHaveAttribute('open', '');
}
