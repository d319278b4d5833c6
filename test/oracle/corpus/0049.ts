// oracle: seed 49, closed, runs cleanly
import * as rl from "rnnlens";

const m_0 = new rl.nn.GRU(2, 4);
setTimeout(() => m_0.forward(rl.torch.randn(2, 3, 2)), 9);

const m_1 = new rl.nn.RNN(7, 7, { numLayers: 2, batchFirst: true });
const shape_1_8848 = [2, 6, 7];
const x_1 = rl.torch.zeros(...shape_1_8848);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rl.nn.Linear(7, 3);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(1, 0);
