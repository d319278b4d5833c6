// oracle: seed 212, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(5, 6)];
let y_0 = torch.randn(2, 1, 5);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(6, 3).forward(y_0);

const cell_1 = new nn.GRUCell(5, 2);
for (let e = 0; e < 1; e++) {
  let h = torch.zeros(2, 2);
  for (let t = 0; t < 3; t++) {
    h = cell_1.forward(torch.randn(2, 5), h);
  }
}

let feats_2 = 5;
for (let i = 0; i < 1; i++) feats_2 = feats_2 + 1;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
