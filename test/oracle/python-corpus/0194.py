# oracle: seed 194, closed, raises RuntimeError at line 28
import torch
import torch.nn as nn
from torch.nn import LSTM

lstm_0 = LSTM(3, 5, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 2, 3))
r_0_0 = out_0.shape[2]
r_0_1 = out_0.shape[2]
r_0_2 = out_0.permute(1, 0, 2)
r_0_3 = out_0.transpose(0, 1).reshape(2, -1)
a_0, b_0 = out_0.chunk(2, dim=0)

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_1 = Model_1(2, 4, num_layers=2, bidirectional=True)
logits_1 = model_1.forward(torch.zeros(3, 1, 2)).detach()
