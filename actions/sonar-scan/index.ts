import { runAction } from '../../packages/toolkit/src/action.js'
import { main } from './main.js'

void runAction({ main })
