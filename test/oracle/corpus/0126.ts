// oracle: seed 126, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.RNN(2, 4), new nn.RNN(4, 7), new nn.RNN(7, 6)];
let y_0 = torch.randn(1, 3, 2);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}
const z_0 = new nn.Linear(6, 3).forward(y_0);

const layers_1 = [new nn.GRU(7, 7), new nn.GRU(7, 5)];
let y_1 = torch.randn(2, 1, 7);
for (const layer of layers_1) {
  [y_1] = layer.forward(y_1);
}

const layers_2 = [new nn.GRU(7, 2)];
let y_2 = torch.randn(3, 3, 7);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
