import { runAction } from '../../packages/toolkit/src/action.js'
import { main } from './main.js'

void runAction({ main, post: async () => (await import('./post.js')).post() })
