import type { TechnologyGroup } from './types';

export const MOBILE: TechnologyGroup = {
  group: 'mobile',
  label: 'Mobile',
  technologies: [
    { name: 'iOS', exact: ['iOS'] },
    { name: 'Android', exact: ['Android'] },
    { name: 'React Native' },
    { name: 'Flutter', exact: ['Flutter'] },
    { name: 'SwiftUI' },
    { name: 'UIKit' },
    { name: 'Jetpack Compose', aliases: ['Compose Multiplatform'] },
    { name: 'Kotlin Multiplatform', aliases: ['KMP', 'KMM'] },
    { name: 'Xamarin' },
    { name: 'Expo', exact: ['Expo'], needsContext: true },
    { name: 'Core Data', exact: ['Core Data', 'CoreData'] },
    { name: 'Retrofit', exact: ['Retrofit'], needsContext: true },
  ],
};
