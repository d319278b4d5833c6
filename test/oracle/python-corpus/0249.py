# oracle: seed 249, closed, raises RuntimeError at line 43
import torch
from torch.nn import GRUCell, LSTM, Linear, Module, RNN

lstm_0 = LSTM(3, 2, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = h_0[-1]
r_0_1 = torch.cat([h_0, c_0], dim=0)
r_0_2 = out_0.chunk(2, dim=-1)[0]
a_0, b_0 = out_0.chunk(2, dim=0)

cell_1 = GRUCell(3, 3)
xs_1 = torch.randn(4, 4, 3)
h_1 = torch.zeros(4, 3)
outputs_1 = []
for t in range(len(xs_1)):
    if t == 2:
        break
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
head_1 = Linear(3, 2)(h_1)

rnn_2 = RNN(2, 2, num_layers=1, nonlinearity='tanh')
x_2 = torch.randn(4, 2)
out_2, _ = rnn_2(x_2)
y_2 = out_2[-1].view(2)

class Model_3(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_3 = Model_3(6, 5, bidirectional=True)
logits_3 = model_3(torch.randn(2, 1, 6))
