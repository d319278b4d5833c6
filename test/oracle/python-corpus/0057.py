# oracle: seed 57, closed, raises RuntimeError at line 28
import torch
import torch.nn as nn
from torch.nn import LSTM

class Model_0(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_0 = Model_0(5, 5, 2, bidirectional=True)
logits_0 = model_0.forward(torch.randn(4, 5, 5).float()).detach()

lstm_1 = LSTM(3, 4, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 2, 3))
r_1_0 = out_1.contiguous().view(3, 2, 8)
r_1_1 = out_1.shape[0]
r_1_2 = len(out_1)
a_1, b_1 = out_1.chunk(2, dim=0)
