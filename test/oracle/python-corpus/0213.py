# oracle: seed 213, open, raises RuntimeError at line 28
import random
import torch
from torch import nn

lstm_0 = nn.LSTM(6, 2)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 6))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 12))
last_0 = nn.Linear(2, 2)(out_0[-1])

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_1 = Model_1(3, 5, bidirectional=True)
logits_1 = model_1(torch.zeros(5, 3, 3))
probs_1 = logits_1.softmax(dim=-1)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.RNN(input_size=9, hidden_size=9, num_layers=2)
last_2_0 = encode_2(enc_2, torch.zeros([1, 1, 9]))
