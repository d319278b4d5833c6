# oracle: seed 103, open, raises RuntimeError at line 20
import random
import torch
from torch import nn

class Model_0(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

def build_0():
    return Model_0(3, 2, bidirectional=True)

logits_0 = build_0()(torch.ones(1, 2, 3))

rnn_1 = nn.GRU(5, 6)
x_1 = torch.randn(1, 5)
out_1, _ = rnn_1(x_1)

y_2 = torch.randn(2, 3, 5)
layers_2 = nn.ModuleList([nn.RNN(5, 3)])
for layer in layers_2:
    y_2, _ = layer(y_2)

cell_3 = nn.RNNCell(input_size=4, hidden_size=4, nonlinearity='relu')
h_3 = torch.zeros(4)
t_3 = 0
while t_3 < 2:
    h_3 = cell_3(torch.randn(4), h_3)
    t_3 += 1

lstm_4 = nn.LSTM(7, 6)
if random.random() < 0.5:
    out_4, (h_4, c_4) = lstm_4(torch.randn(2, 3, 7))
else:
    out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 7))
last_4 = nn.Linear(6, 2)(out_4[-1])
