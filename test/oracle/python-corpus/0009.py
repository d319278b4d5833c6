# oracle: seed 9, open, raises RuntimeError at line 31
import random
import torch
from torch import nn

class Model_0(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_0 = Model_0(6, 6, num_layers=2, bidirectional=True)
logits_0 = model_0.forward(torch.zeros([2, 3, 6])).detach()

lstm_1 = nn.LSTM(8, 3)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 8))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 8))
last_1 = nn.Linear(6, 2)(out_1[-1])

cell_2 = nn.GRUCell(5, 2, bias=False)
xs_2 = torch.randn(4, 4, 5)
h_2 = torch.zeros(4, 2)
outputs_2 = []
for t in range(len(xs_2)):
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_3 = Model_3(5, 6, bidirectional=True)
logits_3 = model_3.forward(torch.ones(3, 3, 5)).detach()
probs_3 = logits_3.softmax(dim=-1)
