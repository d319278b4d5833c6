// oracle: seed 220, closed, raises at 31: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x2)
import { torch, nn } from "rnnlens";

const cell_0 = new nn.LSTMCell(3, 7);
const xs_0 = torch.randn(1, 1, 3);
let h_0 = torch.zeros(1, 7);
let c_0 = torch.zeros(1, 7);
for (let t_0 = 0; t_0 < 0; t_0++) {
  [h_0, c_0] = cell_0.forward(xs_0.select(0, t_0), [h_0, c_0]);
  if (t_0 === 2) h_0 = torch.zeros(1, 8);
}
const out_0 = new nn.Linear(7, 2).forward(h_0);

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(3, 2));
const y_1 = step_1(torch.randn(2, 2, 3));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const cell_2 = new nn.GRUCell(3, 3);
const xs_2 = torch.randn(2, 2, 3);
let h_2 = torch.zeros(2, 3);
for (let t_2 = 0; t_2 < 4; t_2++) {
  if (t_2 >= 2) break;
  h_2 = cell_2.forward(xs_2.select(0, t_2), h_2);
}
const out_2 = new nn.Linear(2, 2).forward(h_2);
