// oracle: seed 63, closed, runs cleanly
import * as rl from "rnnlens";

const args_0: [number, number, number] = [5, 8, 1];
const m_0 = new rl.nn.RNN(...args_0);
const x_0 = rl.torch.randn(2, 1, 5);
const [out_0, st_0] = m_0.forward(x_0);
const n_0 = out_0.size(0) * st_0.size(0);
