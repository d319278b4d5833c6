// oracle: seed 221, closed, raises at 7: input.size(-1) must be equal to input_size. Expected 3, got 5
const { torch, nn } = require("rnnlens");

let feats_0 = 2;
for (let i = 0; i < 1; i++) feats_0 = feats_0 + 1;
const m_0 = new nn.GRU(feats_0, 4);
m_0.forward(torch.randn(2, 2, 5));

const layers_1 = [new nn.RNN(5, 7), new nn.RNN(7, 6)];
let y_1 = torch.randn(3, 1, 5);
layers_1.forEach((layer) => {
  [y_1] = layer.forward(y_1);
});
