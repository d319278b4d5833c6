// oracle: seed 138, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.GRU(5, 6);
Promise.resolve(torch.randn(2, 3, 5)).then((x) => m_0.forward(x));

const cell_1 = new nn.GRUCell(5, 6);
for (let e = 0; e < 0; e++) {
  let h = torch.zeros(2, 6);
  for (let t = 0; t < 1; t++) {
    h = cell_1.forward(torch.randn(2, 5), h);
  }
}

const m_2 = new nn.GRU(6, 2, { batch_first: true });
const x_2 = torch.ones([1, 1, 6]);
const [out_2, st_2] = m_2.forward(x_2);
const head_2 = new nn.Linear(2, 5);
const y_2 = head_2.forward(out_2);
