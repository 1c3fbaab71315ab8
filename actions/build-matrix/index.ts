import { runAction } from '../../packages/toolkit/src/index.js'
import { main } from './main.js'

void runAction({ main })
