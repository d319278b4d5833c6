// oracle: seed 31, closed, raises at 20: input.size(-1) must be equal to input_size. Expected 7, got 6
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(2, 4);
[torch.randn(2, 3, 2), torch.randn(2, 3, 2)].forEach((x) => m_0.forward(x));

const m_1 = new nn.GRU(3, 3);
const [o_1] = m_1.forward(torch.randn(4, 3, 3));
const v_1 = o_1.view(12, 3);

class Model_2 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_2_0 = new Model_2(6, 7, 2);
const logits_2_0 = model_2_0.forward(torch.randn(3, 4, 6));
const model_2_1 = new Model_2(7, 7, 4);
const logits_2_1 = model_2_1.forward(torch.randn(2, 3, 6));
model_2_0.rnn = new nn.GRU(6, 3, { batchFirst: true });
model_2_0.forward(torch.randn(2, 2, 6));
