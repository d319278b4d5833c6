# oracle: seed 272, closed, raises RuntimeError at line 13
import torch
import torch.nn as nn

gru_0 = nn.GRU(6, 4)
x_0 = torch.randn(3, 6)
deep_0 = nn.GRU(6, 4, num_layers=1)
if deep_0.num_layers > 1:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(2, 3, 4))
elif 2 == 3:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(1, 3, 4))
else:
    out_0, _ = deep_0(torch.randn(2, 3, 6), torch.zeros(2, 3, 4))

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_1 = Model_1(8, 2, num_layers=2, bidirectional=False)
logits_1 = model_1(torch.ones(2, 1, 8))

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.GRU(9, 7, 2, batch_first=True)
last_2_0 = encode_2(enc_2, torch.zeros(3, 3, 9), h0=torch.zeros(2, 3, 7), batch_first=True)
