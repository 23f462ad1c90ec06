// framer-motion's animation features, loaded after first paint: the captions and overlays render at
// once and start animating when this small chunk arrives (keeps the first load inside its budget).
export { domAnimation as default } from 'framer-motion';
