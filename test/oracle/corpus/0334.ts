// oracle: seed 334, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(6, 7)];
let y_0 = torch.randn(4, 3, 6);
for (const layer of layers_0) {
  [y_0] = layer.forward(y_0);
}

function apply_1(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const a_1 = new nn.GRU(5, 3, { bidirectional: true });
const args_1b: [number, number, number] = [4, 6, 1];
const b_1 = new nn.RNN(...args_1b);
const oa_1 = apply_1(a_1, torch.randn(3, 2, 5));
const ob_1 = apply_1(b_1, torch.randn([2, 3, 4]));

const m_2 = new nn.GRU(2, 2);
[torch.randn(2, 3, 2), torch.randn(2, 3, 2)].forEach((x) => m_2.forward(x));
