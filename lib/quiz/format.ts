/** When the next review falls due, in words: "in 5 minutes", "at 14:30", "tomorrow at 09:00", "on 3 Mar". */
export function describeDue(dueAt: number, now: Date, locale?: string): string {
  const due = new Date(dueAt);
  const minutes = Math.ceil((dueAt - now.getTime()) / 60_000);
  if (minutes <= 1) return 'in a minute';
  if (minutes < 60) return `in ${minutes} minutes`;
  const time = due.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const days = Math.round(
    (new Date(due.getFullYear(), due.getMonth(), due.getDate()).getTime() -
      new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime()) /
      86_400_000,
  );
  if (days === 0) return `at ${time}`;
  if (days === 1) return `tomorrow at ${time}`;
  return `on ${due.toLocaleDateString(locale, { day: 'numeric', month: 'short' })}`;
}
