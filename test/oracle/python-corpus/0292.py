# oracle: seed 292, open, runs cleanly
import random
import torch
from torch.nn import GRU, GRUCell, LSTM, Linear, Module

lstm_0 = LSTM(3, 5, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
r_0_0 = torch.stack([h_0[-1], c_0[-1]], dim=0)
r_0_1 = out_0[:, -1, :]
r_0_2 = h_0[-1].unsqueeze(0).expand(4, -1, -1)
r_0_3 = out_0.size(0)

lstm_1 = LSTM(3, 8)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = Linear(8, 2)(out_1[-1])

cell_2 = GRUCell(input_size=2, hidden_size=2)
h_2 = torch.zeros(2, 2)
t_2 = 0
while t_2 < 2:
    h_2 = cell_2(torch.randn(2, 2), h_2)
    t_2 += 1

class Model_3(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_3 = Model_3(7, 7, num_layers=2)
logits_3 = model_3(torch.randn([4, 4, 7]))
