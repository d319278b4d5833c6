// oracle: seed 311, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 4;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const layers_1 = [new nn.RNN(8, 2), new nn.RNN(2, 6)];
let y_1 = torch.randn(1, 1, 8);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});

const apply_2 = (m: { forward: Function }, x: unknown) => m.forward(x)[0];
const a_2 = new nn.RNN(9, 2, { num_layers: 1 });
const b_2 = new nn.RNN({ inputSize: 2, hidden_size: 9, num_layers: 1 });
const shape_2_5881 = [3, 2, 9];
const oa_2 = apply_2(a_2, torch.zeros(...shape_2_5881));
const ob_2 = apply_2(b_2, torch.randn([2, 3, 2]));
