import type { TechnologyGroup } from './types';

export const FRONTEND: TechnologyGroup = {
  group: 'frontend',
  label: 'Frontend',
  technologies: [
    {
      name: 'React',
      aliases: ['React.js', 'ReactJS', 'React JS'],
      exact: ['React'],
      // "React quickly to incidents" is a verb.
      notAfter: /^\s+(to|quickly|calmly|fast)\b/,
    },
    { name: 'Angular', aliases: ['AngularJS', 'Angular.js'], exact: ['Angular'] },
    { name: 'Vue.js', aliases: ['VueJS', 'Vue 3', 'Vue'] },
    { name: 'Svelte', aliases: ['SvelteKit'] },
    { name: 'Next.js', aliases: ['NextJS', 'Next JS'] },
    { name: 'Nuxt', aliases: ['Nuxt.js', 'NuxtJS'] },
    { name: 'Remix', exact: ['Remix'], needsContext: true },
    { name: 'Gatsby', exact: ['Gatsby'], needsContext: true },
    { name: 'Ember.js', aliases: ['EmberJS'], exact: ['Ember'], needsContext: true },
    { name: 'SolidJS', aliases: ['Solid.js'] },
    { name: 'jQuery' },
    { name: 'Redux', aliases: ['Redux Toolkit', 'RTK Query'] },
    { name: 'MobX' },
    { name: 'HTML', aliases: ['HTML5'] },
    { name: 'CSS', aliases: ['CSS3'] },
    { name: 'Sass', aliases: ['SCSS'] },
    { name: 'Tailwind CSS', aliases: ['TailwindCSS'], exact: ['Tailwind'] },
    { name: 'styled-components' },
    { name: 'Webpack' },
    { name: 'Vite', exact: ['Vite'] },
    { name: 'Storybook' },
    { name: 'D3.js', aliases: ['D3'] },
    { name: 'Three.js', aliases: ['ThreeJS'] },
    { name: 'WebAssembly', aliases: ['Wasm'] },
  ],
};
