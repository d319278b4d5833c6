// oracle: seed 382, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.GRU(8, 4);
let late_0 = rl.torch.randn(2, 3, 8);
setTimeout(() => m_0.forward(late_0), 0);
late_0 = rl.torch.randn(2, 3, 8);

const m_1 = new rl.nn.RNN(3, 6, { num_layers: 3, bidirectional: true });
const x_1 = rl.torch.zeros(5, 3, 3);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new rl.nn.Linear(12, 2);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, 0);
