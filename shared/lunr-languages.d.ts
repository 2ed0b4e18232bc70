// lunr-languages publishes no type declarations; each module is a plugin installer that adds its
// properties to the lunr instance (or to shared/search/lunrPluginHost's stand-in) it is given.
declare module 'lunr-languages/lunr.stemmer.support.js' {
  const install: (instance: object) => void;
  export default install;
}
declare module 'lunr-languages/lunr.da.js' {
  const install: (instance: object) => void;
  export default install;
}
declare module 'lunr-languages/lunr.multi.js' {
  const install: (instance: object) => void;
  export default install;
}
