// oracle: seed 104, closed, runs cleanly
import rl from "rnnlens";

const apply_0 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const { RNN: RNN_0a } = rl.nn;
const a_0 = new RNN_0a(5, 2, { num_layers: 3, bidirectional: true });
const { GRU: GRU_0b } = rl.nn;
const b_0 = new GRU_0b(9, 7, { numLayers: 3, bidirectional: false });
const shape_0_9559 = [3, 2, 5];
const oa_0 = apply_0(a_0, rl.torch.randn(...shape_0_9559));
const ob_0 = apply_0(b_0, rl.torch.randn(2, 3, 9));

let feats_1 = 5;
for (let i = 0; i < 3; i++) feats_1 = feats_1 + 3;
const m_1 = new rl.nn.GRU(feats_1, 4);
m_1.forward(rl.torch.randn(2, 2, feats_1));

const cell_2 = new rl.nn.GRUCell(4, 2);
for (let e = 0; e < 0; e++) {
  let h = rl.torch.zeros(2, 2);
  for (let t = 0; t < 3; t++) {
    h = cell_2.forward(rl.torch.randn(2, 4), h);
  }
}
