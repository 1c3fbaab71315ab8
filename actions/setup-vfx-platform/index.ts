import { runAction } from '../../packages/toolkit/src/action.js'
import { main } from './main.js'
import { post } from './post.js'

void runAction({ main, post })
