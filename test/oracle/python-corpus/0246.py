# oracle: seed 246, closed, raises RuntimeError at line 14
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

conv_0 = nn.Conv1d(6, 2, kernel_size=3, padding=1)
feats_0 = conv_0(torch.randn(2, 6, 6)).transpose(1, 2)
rnn_0 = LSTM(2, 4, batch_first=True)
out_0, _ = rnn_0(feats_0)

rnn_1 = RNN(3, 2, num_layers=3, dropout=0.2, bidirectional=True)
x_1 = torch.randn(3, 4, 3)
hidden_1 = torch.zeros(7, 4, 2)
out_1, _ = rnn_1(x_1, hidden_1)
both_1 = torch.cat((out_1[-1:][-2], out_1[-1:][-1]), dim=1)
fc_1 = nn.Linear(4, 2)
logits_1 = fc_1(both_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_2, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(3, 2)
logits_2 = model_2(torch.zeros(1, 1, 4))
