#!/usr/bin/env node
// The `daylight` command. Daylight runs its TypeScript sources through tsx's loader, so there is
// no build step between a checkout and a working CLI.
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
