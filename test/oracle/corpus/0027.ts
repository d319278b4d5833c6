// oracle: seed 27, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.RNN(8, 3, { batchFirst: true });
const shape_0_8862 = [2, 4, 8];
const x_0 = torch.zeros(...shape_0_8862);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new nn.Linear(3, 5);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(1) * st_0.size(0);
