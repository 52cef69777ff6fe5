import type { TechnologyGroup } from './types';

/** Phrases that make a short, ambiguous name ("Go", "C", "R") read as a programming language. */
const PHRASAL_GO = /^[\s-]+(to|getters?|beyond|above|ahead|far|big|live|further|deeper|get|the extra)\b/i;

export const LANGUAGES: TechnologyGroup = {
  group: 'language',
  label: 'Languages',
  technologies: [
    { name: 'JavaScript', aliases: ['ECMAScript', 'ES6', 'ES2015'], exact: ['JS'] },
    {
      name: 'TypeScript',
      exact: ['TS'],
      needsContext: true,
      // "TS/SCI" is a US security clearance, not TypeScript.
      notAfter: /^\s*[/-]\s*SCI\b/,
    },
    { name: 'Python', aliases: ['Python 3', 'Python3'] },
    { name: 'Java', aliases: ['Java 17', 'Java 21', 'J2EE', 'Jakarta EE'] },
    { name: 'Go', aliases: ['Golang'], exact: ['Go'], needsContext: true, notAfter: PHRASAL_GO },
    { name: 'Rust', exact: ['Rust'], needsContext: true, notAfter: /^\s+Belt\b/ },
    {
      name: 'C',
      exact: ['C'],
      needsContext: true,
      notBefore:
        /(\b(Series|Round|Class|Plan|Vitamin|Grade|Type|Level|Tier|Section|Part|Appendix|Building|Suite|Team)\s+|[.&-])$/i,
      notAfter: /^(\s*-\s*(level|suite|corp)\b|\s+(corp|suite|level|round)\b|\s*&|\.\s?[A-Z]|\s*\)|')/i,
    },
    { name: 'C++', aliases: ['CPP', 'C plus plus', 'C++17', 'C++20'] },
    { name: 'C#', aliases: ['CSharp', 'C Sharp'] },
    { name: 'Objective-C', aliases: ['ObjC', 'Obj-C'] },
    { name: 'Ruby', exact: ['Ruby'], needsContext: true },
    { name: 'PHP', aliases: ['PHP 8'] },
    { name: 'Kotlin' },
    { name: 'Swift', exact: ['Swift'], needsContext: true },
    { name: 'Scala' },
    { name: 'Elixir' },
    { name: 'Erlang' },
    { name: 'Haskell' },
    { name: 'Clojure', aliases: ['ClojureScript'] },
    { name: 'OCaml' },
    { name: 'F#', aliases: ['FSharp'] },
    { name: 'Dart', exact: ['Dart'], needsContext: true },
    { name: 'Lua' },
    { name: 'Perl' },
    { name: 'Groovy', exact: ['Groovy'], needsContext: true },
    { name: 'Julia', exact: ['Julia'], needsContext: true },
    { name: 'MATLAB', exact: ['MATLAB', 'Matlab'] },
    {
      name: 'R',
      exact: ['R'],
      needsContext: true,
      notBefore: /(\b(Series|Round|Class|Plan|Type|Level|Section)\s+|[.&(-])$/i,
      notAfter: /^(\s*&|\.\s?[A-Z]|\s*\)|-\d|')/,
    },
    { name: 'SQL', aliases: ['ANSI SQL'] },
    { name: 'Bash', aliases: ['Bash scripting', 'shell scripting'] },
    { name: 'PowerShell' },
    { name: 'Solidity', exact: ['Solidity'] },
    { name: 'Zig', exact: ['Zig'], needsContext: true },
    { name: 'Elm', exact: ['Elm'], needsContext: true },
    { name: 'Visual Basic', aliases: ['VB.NET', 'VBA'] },
    { name: 'Delphi', exact: ['Delphi'], needsContext: true },
    { name: 'COBOL' },
    { name: 'Fortran' },
    { name: 'Assembly', aliases: ['x86 assembly', 'ARM assembly'] },
  ],
};
