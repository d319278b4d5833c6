// oracle: seed 361, closed, raises at 13: mat1 and mat2 shapes cannot be multiplied (5x5 and 4x2)
import * as rl from "rnnlens";
const { torch, nn } = rl;

const m_0 = new nn.GRU(7, 3);
Promise.resolve(torch.randn(2, 3, 9)).then((x) => m_0.forward(x));

const args_1: [number, number, number] = [8, 5, 1];
const m_1 = new nn.RNN(...args_1);
const x_1 = torch.ones(5, 1, 8);
const [out_1, st_1] = m_1.forward(x_1);
const head_1 = new nn.Linear(4, 2);
const y_1 = head_1.forward(out_1);
const last_1 = y_1.select(0, -1);
