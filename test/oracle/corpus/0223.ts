// oracle: seed 223, closed, raises at 11: input.size(-1) must be equal to input_size. Expected 4, got 6
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.RNN(8, 3), new nn.RNN(3, 5)];
let y_0 = torch.randn(5, 3, 8);
for (let i = 0; i < layers_0.length; i++) {
  const [next] = layers_0[i].forward(y_0);
  y_0 = next;
}

const makeStep_1 = (layer: any) => (x: any) => layer.forward(x)[0];
const step_1 = makeStep_1(new nn.GRU(4, 4));
const y_1 = step_1(torch.randn(2, 2, 6));
function counter_1() {
  let calls = 0;
  return () => (calls += 1);
}
const next_1 = counter_1();
next_1();

const m_2 = new nn.GRU(6, 4);
let w_2 = 7;
[1, 2].forEach(() => {
  w_2 = 6;
});
m_2.forward(torch.randn(2, 3, w_2));
