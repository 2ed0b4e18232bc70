// lunr-languages publishes no type declarations; each module is a plugin installer.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  import type lunr from 'lunr';
  const install: (instance: typeof lunr) => void;
  export default install;
}
declare module 'lunr-languages/lunr.da.js' {
  import type lunr from 'lunr';
  const install: (instance: typeof lunr) => void;
  export default install;
}
declare module 'lunr-languages/lunr.multi.js' {
  import type lunr from 'lunr';
  const install: (instance: typeof lunr) => void;
  export default install;
}
