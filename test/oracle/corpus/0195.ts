// oracle: seed 195, closed, runs cleanly
import rl from "rnnlens";

const m_0 = new rl.nn.LSTM(7, 4, { batch_first: true });
const x_0 = rl.torch.ones(2, 3, 7);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(4, 4);
const y_0 = head_0.forward(out_0);
const last_0 = y_0.select(1, 2);

const m_1 = new rl.nn.GRU(5, 2);
Promise.resolve(rl.torch.randn(2, 3, 5)).then((x) => m_1.forward(x));
