// oracle: seed 333, closed, runs cleanly
import { torch, nn } from "rnnlens";

const cell_0 = new nn.GRUCell(5, 3);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 3);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(torch.randn(2, 5), h);
    if (e === 1 && t === 0) h = torch.zeros(2, 4);
  }
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(6, 3));
const y_1 = step_1(torch.randn(2, 2, 6));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();
