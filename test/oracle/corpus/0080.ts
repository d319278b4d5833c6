// oracle: seed 80, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const m_0 = new nn.GRU(2, 5);
it("runs the layer", () => {
  m_0.forward(torch.randn(2, 3, 2));
});

class Model_1 extends nn.Module {
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
const model_1_0 = new Model_1(3, 2, 3);
const logits_1_0 = model_1_0.forward(torch.randn(1, 3, 3));
const model_1_1 = new Model_1(6, 4, 2);
const logits_1_1 = model_1_1.forward(torch.randn(1, 2, 6));

const rnn_2 = new nn.GRU(5, 7);
const cell_2 = new nn.GRUCell(5, 7);
const x_2 = torch.randn(3, 5);
const r_2 = x_2.dim() === 3 ? rnn_2.forward(x_2)[0] : cell_2.forward(x_2);
