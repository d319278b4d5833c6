# oracle: seed 258, closed, raises RuntimeError at line 8
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN, RNNCell

lstm_0 = LSTM(3, 4, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 4, 3))
r_0_0 = out_0.contiguous().view(4, 4, 3)
r_0_1 = out_0.permute(2, 0, 1)
a_0, b_0 = out_0.chunk(2, dim=0)

layer_1 = RNN(8, 4, nonlinearity='tanh')
y_1, _ = layer_1(torch.randn(3, 2, 7))

cell_2 = RNNCell(input_size=3, hidden_size=6)
h_2 = torch.zeros(2, 6)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(2, 3), h_2)
    t_2 += 1

cell_3 = RNNCell(input_size=6, hidden_size=4)
h_3 = torch.zeros(2, 4)
t_3 = 0
while t_3 < 2:
    h_3 = cell_3(torch.randn(2, 6), h_3)
    t_3 += 1

class Model_4(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_4, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_4():
    return Model_4(5, 3)

logits_4 = build_4()(torch.randn(3, 1, 5))
probs_4 = logits_4.softmax(dim=-1)
