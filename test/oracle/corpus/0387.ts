// oracle: seed 387, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 4, got 3
import * as rl from "rnnlens";

const { LSTM: LSTM_0 } = rl.nn;
const m_0 = new LSTM_0(4, 6, { bidirectional: true });
const x_0 = rl.torch.ones([3, 1, 3]);
const [out_0, st_0] = m_0.forward(x_0);
const head_0 = new rl.nn.Linear(12, 2);
const y_0 = head_0.forward(out_0);
const n_0 = out_0.size(0) * st_0[0].size(0);
