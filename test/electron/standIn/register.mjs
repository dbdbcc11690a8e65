// `node --import ./register.mjs`: installs the resolution hook before the main process is loaded.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
