// oracle: seed 176, open, raises at 28: input has inconsistent input_size: got 7 expected 8
import { torch, nn } from "rnnlens";

const makeStep_0 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_0 = makeStep_0(new nn.GRU(2, 5));
const y_0 = step_0(torch.randn(2, 2, 2));
function counter_0() {
  let calls = 0;
  return () => (calls += 1);
}
const next_0 = counter_0();
next_0();

const layers_1 = [new nn.RNN(5, 2), new nn.RNN(2, 7), new nn.RNN(7, 4)];
let y_1 = torch.randn(2, 2, 5);
for (let i = 0; i < layers_1.length; i++) {
  const [next] = layers_1[i].forward(y_1);
  y_1 = next;
}
const z_1 = new nn.Linear(4, 3).forward(y_1);

const rnn_2 = new nn.GRU(8, 2);
const cell_2 = new nn.GRUCell(8, 2);
const x_2 = torch.randn(3, 7);
if (Date.now() < 0) {
  rnn_2.forward(torch.randn(2, 2, 9));
}
cell_2.forward(x_2);
