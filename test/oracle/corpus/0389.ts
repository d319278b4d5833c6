// oracle: seed 389, closed, raises at 8: input.size(-1) must be equal to input_size. Expected 3, got 4
import * as rl from "rnnlens";
const { torch, nn } = rl;

const layers_0 = [new nn.GRU(7, 8), new nn.GRU(8, 4), new nn.GRU(3, 6)];
let y_0 = torch.randn(3, 1, 7);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(6, 3).forward(y_0);

const layers_1 = [new nn.GRU(5, 7), new nn.GRU(7, 7)];
let y_1 = torch.randn(3, 2, 5);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});

const rnn_2 = new nn.GRU(6, 6);
const cell_2 = new nn.GRUCell(6, 6);
const x_2 = torch.randn(3, 6);
function run_2(x: typeof x_2) {
  if (x.dim() !== 3) return cell_2.forward(x);
  const [o] = rnn_2.forward(x);
  return o;
}
const r_2 = run_2(x_2);
