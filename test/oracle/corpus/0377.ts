// oracle: seed 377, closed, runs cleanly
import * as rl from "rnnlens";
const { torch, nn } = rl;

let feats_0 = 2;
for (let i = 0; i < 0; i++) feats_0 = feats_0 + 3;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, feats_0));

const m_1 = new nn.GRU(3, 5);
const [o_1] = m_1.forward(torch.randn(3, 3, 3));
const v_1 = o_1.transpose(0, 1).contiguous().view(3, -1);

const layers_2 = [new nn.RNN(5, 6), new nn.RNN(6, 3)];
let y_2 = torch.randn(5, 3, 5);
layers_2.forEach((layer) => {
  [y_2] = layer.forward(y_2);
});
