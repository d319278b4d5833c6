# oracle: seed 212, closed, raises RuntimeError at line 9
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = torch.nn.RNN(input_size=2, hidden_size=7, num_layers=3, batch_first=True, dropout=0.2, bidirectional=True, nonlinearity='tanh')
last_0_0 = encode_0(enc_0, torch.ones([1, 2, 2]), batch_first=True)
last_0_1 = encode_0(enc_0, torch.randn(3, 1, 2).float(), h0=torch.zeros(5, 3, 7), batch_first=True)

rnn_1 = torch.nn.LSTM(5, 4)
x_1 = torch.randn(3, 2, 5)
lengths_1 = [3, 2]
packed_1 = pack_padded_sequence(x_1, lengths_1, enforce_sorted=False)
packed_out_1, (h_1, c_1) = rnn_1(packed_1, (torch.zeros(1, 2, 4), torch.zeros(1, 2, 4)))
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1)
last_1 = torch.nn.Linear(4, 2)(h_1[-1])

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_2 = Model_2(8, 6)
logits_2 = model_2(torch.zeros(3, 4, 8))
probs_2 = logits_2.softmax(dim=-1)
