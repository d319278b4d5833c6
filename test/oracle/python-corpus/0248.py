# oracle: seed 248, closed, runs cleanly
import torch.nn

class Model_0(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_0():
    return Model_0(8, 7, num_layers=2, bidirectional=True)

logits_0 = build_0()(torch.rand(3, 2, 8))

cell_1 = torch.nn.LSTMCell(5, 2)
xs_1 = torch.randn(3, 1, 5)
h_1 = torch.zeros(1, 2)
c_1 = torch.zeros(1, 2)
outputs_1 = []
for t in range(xs_1.size(0)):
    h_1, c_1 = cell_1(xs_1[t], (h_1, c_1))
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)

rnn_2 = torch.nn.GRU(4, 4, 3, dropout=0.5)
x_2 = torch.randn(5, 4)
out_2, _ = rnn_2(x_2)
