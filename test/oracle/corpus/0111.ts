// oracle: seed 111, closed, runs cleanly
import rl from "rnnlens";

const cell_0 = new rl.nn.GRUCell(4, 6);
for (let e = 0; e < 2; e++) {
  let h = rl.torch.zeros(2, 6);
  for (let t = 0; t < 1; t++) {
    h = cell_0.forward(rl.torch.randn(2, 4), h);
    if (e === 1 && t === 0) h = rl.torch.zeros(2, 7);
  }
}

const layers_1 = [new rl.nn.RNN(6, 3)];
let y_1 = rl.torch.randn(4, 1, 6);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new rl.nn.RNN(6, 2, { batchFirst: true, bidirectional: false });
const b_2 = new rl.nn.GRU(7, 7, { numLayers: 1, batch_first: true });
const oa_2 = apply_2(a_2, rl.torch.randn(2, 3, 6));
const shape_2_9669 = [3, 2, 7];
const ob_2 = apply_2(b_2, rl.torch.randn(...shape_2_9669));
