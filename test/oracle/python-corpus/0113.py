# oracle: seed 113, closed, raises RuntimeError at line 37
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(3, 5, 1, True, False)
last_0_0 = encode_0(enc_0, torch.zeros(4, 2, 3))

embed_1 = nn.Embedding(26, 8)
drop_1 = nn.Dropout()
rnn_1 = LSTM(8, 6, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 25]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)

class Model_2(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers, batch, self.hidden_size), torch.zeros(self.num_layers, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(7, 5, num_layers=2, bidirectional=True)
logits_2 = model_2.forward(torch.zeros(3, 2, 7)).detach()
