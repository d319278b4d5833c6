// oracle: seed 227, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(3, 5);
const [o_0] = m_0.forward(torch.randn(3, 4, 3));
const v_0 = o_0.transpose(0, 1).reshape(4, -1);
const s_0 = torch.zeros(...v_0.shape);

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(6, 5));
const y_1 = step_1(torch.randn(2, 2, 6));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

let feats_2 = 2;
for (let i = 0; i < 3; i++) feats_2 = feats_2 + 3;
const m_2 = new nn.GRU(feats_2, 4);
m_2.forward(torch.randn(2, 2, feats_2));
