// lunr-languages publishes no type declarations; each module is a plugin installer.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const install: (lunr: typeof import('lunr')) => void;
  export default install;
}
declare module 'lunr-languages/lunr.da.js' {
  const install: (lunr: typeof import('lunr')) => void;
  export default install;
}
declare module 'lunr-languages/lunr.multi.js' {
  const install: (lunr: typeof import('lunr')) => void;
  export default install;
}
