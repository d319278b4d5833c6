// oracle: seed 278, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 5, got 10
import * as rl from "rnnlens";

const args_0: [number, number, number] = [5, 8, 1];
const m_0 = new rl.nn.LSTM(...args_0);
const x_0 = rl.torch.ones(6, 3, 10);
const [out_0, st_0] = m_0.forward(x_0);
